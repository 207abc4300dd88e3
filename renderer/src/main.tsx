import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { prefetchStartQueries } from './app/startQueries';
import { initI18n } from './lib/i18n';
import './ui/tokens.css';
import './ui/base.css';

const queryClient = new QueryClient({
  defaultOptions: {
    // The backend is local: no refetch on focus or reconnect, and no silent retries of failed calls.
    queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, networkMode: 'always' },
    mutations: { retry: false, networkMode: 'always' },
  },
});

prefetchStartQueries(queryClient);

// Rendered once the interface language is there: at once in Dutch, after its chunk in English.
void initI18n().then(() => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </QueryClientProvider>
    </StrictMode>,
  );
});
