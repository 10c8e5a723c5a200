// Minimal stand-in for office-addin-manifest under jest (its real dependencies are ESM-only).
module.exports = { OfficeAddinManifest: {}, readManifestFile: async () => ({}) };
