/**
 * Builds the add-in into dist/: one page (taskpane.html) that is the shared runtime for the task pane,
 * the ribbon command and the SOP.* custom functions; functions.json generated from the JSDoc in
 * src/functions/functions.ts; the manifest and icons copied.
 *
 * ts-loader runs transpile-only with ES modules so webpack can tree-shake (CommonJS output made a
 * 17 MB task pane); type checking is `npm run typecheck`.
 */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const webpack = require("webpack");

const DIST = path.resolve(__dirname, "dist");

/** HTTPS for the dev server: office-addin-dev-certs' certificate when it has been installed
 * (npx office-addin-dev-certs install), else webpack's self-signed one. Never needed to build. */
function devServerHttps() {
  const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const [key, cert, ca] = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(dir, f));
  if ([key, cert, ca].every((f) => fs.existsSync(f))) {
    return { type: "https", options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ca: fs.readFileSync(ca) } };
  }
  return "https";
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      // The order matters: functions and commands register themselves with Office before the UI starts.
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: DIST,
      // Entry names stay fixed: the manifest names functions.js.
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
          },
        },
      ],
    },
    optimization: {
      // One runtime for the three entries: they share one page and one set of modules.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    plugins: [
      // HiGHS (the balancing solver, a lazy chunk) imports node:module only on its Node.js path; the browser
      // never runs it, so it is left out of the bundle. highs.wasm is emitted as an asset by webpack itself
      // (new URL("highs.wasm", import.meta.url) in highs.mjs).
      new webpack.IgnorePlugin({ resourceRegExp: /^node:/, contextRegExp: /[\\/]node_modules[\\/]highs[\\/]/ }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      server: devServerHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: DIST },
    },
  };
};
