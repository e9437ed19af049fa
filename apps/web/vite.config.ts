import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves dist/graphiql/index.html at GET /graphql and dist/graphiql/* under /graphiql/.
export default defineConfig({
  base: '/graphiql/',
  plugins: [react()],
  build: {
    outDir: 'dist/graphiql',
    // Monaco alone is several MB; the page is a developer tool, not a landing page.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL ships React Compiler output; its "use no memo" directives are moot once bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  optimizeDeps: {
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
});
