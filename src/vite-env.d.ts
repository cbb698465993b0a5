/// <reference types="vite/client" />

/** True when the build carries the mock backend (dev, demo and tests). */
declare const __MOCK_MODE__: boolean;

interface ImportMetaEnv {
  readonly VITE_API_URL?: string;
  readonly VITE_WIDGET_HOST?: string;
  readonly VITE_BASE?: string;
}
