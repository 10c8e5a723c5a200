/**
 * Builds the browser-side stand-in for Office used by the end-to-end test (tests/e2e): the in-memory
 * Excel (tests/office/fakeExcel.ts) and a minimal Office global, as one script injected into the page.
 * Not part of the add-in; the production build (webpack.config.js) never includes it.
 */
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  target: "web",
  entry: { "fake-office": "./tests/e2e/fakeOffice.ts" },
  output: { path: path.resolve(__dirname, "test-results", "e2e"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: false } } },
      },
    ],
  },
  performance: { hints: false },
};
