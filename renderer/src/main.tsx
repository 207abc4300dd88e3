import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { prefetchStartQueries } from './app/startQueries';
import { initI18n } from './lib/i18n';
import './ui/tokens.css';
import './ui/base.css';

initI18n();

const queryClient = new QueryClient({
  defaultOptions: {
    // The backend is local: no refetch on focus or reconnect, and no silent retries of failed calls.
    queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, networkMode: 'always' },
    mutations: { retry: false, networkMode: 'always' },
  },
});

prefetchStartQueries(queryClient);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </QueryClientProvider>
    </StrictMode>,
  );
}
