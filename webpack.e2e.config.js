/**
 * Builds the browser-side host for the end-to-end test (tests/e2e/fakeOffice.ts): Excel on Windows as
 * Microsoft's office.js sees it, with the protocol-level Excel (tests/office/excelProtocol.ts) answering
 * its requests, as one script injected into the page.
 * Not part of the add-in; the production build (webpack.config.js) never includes it.
 */
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  target: "web",
  entry: { "fake-office": "./tests/e2e/fakeOffice.ts" },
  output: { path: path.resolve(__dirname, "test-results", "e2e"), filename: "[name].js", clean: true },
  resolve: {
    extensions: [".ts", ".tsx", ".js"],
    // In the page the library is office.js itself; the jsdom loader the jest tests use stays out.
    alias: { [path.resolve(__dirname, "tests", "office", "officeJs.ts")]: false },
  },
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
