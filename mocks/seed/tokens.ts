/** Admin tokens of the seeded users (`Authorization: Token <token>`). */
export const TOKENS = {
  /** Owner of "Aurora Research Cloud" and of "Empty Org". */
  owner: 'mock-owner-token',
  /** PROJECT.MEMBER in Aurora's "Genomics Pipeline": sees, cannot manage. */
  member: 'mock-member-token',
  /** OFFERING.MANAGER of "HPC Cluster Slurm" only. */
  manager: 'mock-manager-token',
  staff: 'mock-staff-token',
  /** Owner of a consumer organization: sees no agents of Aurora. */
  consumer: 'mock-consumer-token',
  /** Owner of "Nordic Compute Alliance", another provider. */
  nordicOwner: 'mock-nordic-token',
  /** A token that expired a day before MOCK_NOW. */
  expired: 'mock-expired-token',
} as const;

export const OWNER_TOKEN = TOKENS.owner;
export const MEMBER_TOKEN = TOKENS.member;
export const MANAGER_TOKEN = TOKENS.manager;
export const STAFF_TOKEN = TOKENS.staff;
export const CONSUMER_TOKEN = TOKENS.consumer;
export const EXPIRED_TOKEN = TOKENS.expired;
