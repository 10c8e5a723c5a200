// Lint with the Office add-in rules (office-addin-lint runs eslint 9 with this flat config).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";

export default [
  { ignores: ["dist/**", "build/**", "out/**", "node_modules/**", "test-results/**", "coverage/**", "**/*.js", "**/*.mjs"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { "@typescript-eslint": tsPlugin },
    rules: {
      // TypeScript itself reports undefined names and knows type-only and DOM globals.
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The Office.js load/sync rules misread ExcelJS and plain objects outside the Office host.
    files: ["src/engine/**", "src/report/**", "src/hosts/xlsx/**", "src/cli/**", "src/bench/**", "src/sample/**", "scripts/**", "tests/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
];
