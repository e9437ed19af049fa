import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Two pages, one build: the dashboard (index.html, served at / and every dashboard route) and
// GraphiQL (graphiql.html, served at GET /graphql). They share the React chunk; the API serves
// dist/assets/* under /assets/.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: { dashboard: 'index.html', graphiql: 'graphiql.html' },
      onwarn(warning, warn) {
        // GraphiQL ships React Compiler output; its "use no memo" directives are moot once bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
    // Monaco alone is several MB, loaded only by GraphiQL (a developer tool, not the landing page).
    chunkSizeWarningLimit: 5000,
  },
  optimizeDeps: {
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  // `npm run dev -w @borderdesk/web` next to a running API (`npm start`, port 4000).
  server: {
    proxy: { '/graphql': { target: process.env.BORDERDESK_API ?? 'http://localhost:4000', changeOrigin: true } },
  },
});
