/** Unit and integration tests; TypeScript compiled by SWC (type checking is `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
  },
  maxWorkers: 2,
  // A timeout is not a measurement (timings live in `npm run bench`): a correct test on a busy
  // two-core machine must not fail for taking 6 s instead of 2.
  testTimeout: 30000,
};
