/**
 * Bundles of the add-in:
 *   taskpane  – the pane inside Excel (office.js from Microsoft's CDN, the Office adapter);
 *   preview   – the same pane beside an in-memory workbook (ExcelJS), for the browser
 *               preview: plain http, no certificates, nothing leaves the machine.
 * The manifest is copied with its development base (https://localhost:3000) replaced by
 * ADDIN_URL when that is set: `ADDIN_URL=https://thi-dua.example.gov.vn npm run build`.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const { manifestFor } = require('./scripts/manifest-url.cjs');

/** The certificates office-addin-dev-certs installs (`npx office-addin-dev-certs install`). */
async function httpsServer() {
  const devCerts = require('office-addin-dev-certs');
  return { type: 'https', options: await devCerts.getHttpsServerOptions() };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const only = env.only; // "preview" builds the preview alone (the browser test)
  const entries = {
    taskpane: './src/taskpane/office-entry.tsx',
    preview: './src/preview/preview.tsx',
  };
  const entry = only ? { [only]: entries[only] } : entries;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry,
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2019' } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...(entry.taskpane
        ? [
            new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
            new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', chunks: [] }),
          ]
        : []),
      ...(entry.preview ? [new HtmlWebpackPlugin({ filename: 'index.html', template: './src/preview/preview.html', chunks: ['preview'] })] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'assets/mau-so-khcn-bac-giang-2014.xlsx', to: '[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestFor(content.toString(), process.env.ADDIN_URL),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: 3000,
      // Excel loads the pane over https: the development certificates of office-addin-dev-certs.
      server: env.WEBPACK_SERVE ? await httpsServer() : undefined,
    },
  };
};
