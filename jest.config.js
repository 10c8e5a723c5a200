/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type checking is done once by `npm run typecheck`; here ts-jest only transpiles (fast).
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose dependencies are ESM-only.
    "^office-addin-manifest$": "<rootDir>/tests/shims/office-addin-manifest.js",
  },
  testTimeout: 60000,
};
