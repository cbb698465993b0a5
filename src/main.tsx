import 'bootstrap/dist/css/bootstrap.min.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';

async function start() {
  // A constant at build time: real-mode builds drop this branch and with it
  // every byte of mock code.
  if (__MOCK_MODE__) {
    const { startMockMode } = await import('./app/mockMode');
    await startMockMode();
  }
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
