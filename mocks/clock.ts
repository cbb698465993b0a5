/**
 * The seed's fixed "now". Seed timestamps are laid out relative to it, and
 * mock start-up pins the app clock (`@/lib/clock`) to it, so statuses such
 * as "expires soon" and the usage chart look the same on every machine.
 */
export const MOCK_NOW = new Date('2026-11-30T09:00:00.000Z');
