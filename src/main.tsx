import 'bootstrap/dist/css/bootstrap.min.css';
import './app/theme.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import {
  chooseLanguage,
  followLanguage,
  languageFromUrl,
} from './i18n/language';
import { applyTheme } from './lib/theme';

async function start() {
  // A constant at build time: real-mode builds drop this branch and with it
  // every byte of mock code.
  if (__MOCK_MODE__) {
    const { startMockMode } = await import('./app/mockMode');
    await startMockMode();
  }
  // Bootstrap's colour mode follows the system, live. The language is the
  // user's once their account loads; mock mode may pick one with `?lang=`.
  applyTheme(document.documentElement);
  followLanguage(document.documentElement);
  await chooseLanguage(__MOCK_MODE__ ? languageFromUrl() : null);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App
        basename={import.meta.env.BASE_URL.replace(/\/$/, '') || undefined}
      />
    </StrictMode>,
  );
}

void start();
