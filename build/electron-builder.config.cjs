// Why: installers for every desktop platform from one config. Fuses are flipped in afterPack so a
// packaged app cannot be turned into a generic Node runtime or load code from outside its signed ASAR.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'pk.minerals.briefing',
  productName: 'Pakistan Minerals Briefing',
  copyright: 'Pakistan Minerals Briefing team',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**', 'dist-electron/**', 'package.json', '!**/*.map'],
  asar: true,
  afterPack: './build/after-pack.cjs',
  fileAssociations: [
    {
      ext: 'pmbscenario',
      name: 'Pakistan Minerals Briefing scenario',
      description: 'Project-economics scenario',
      mimeType: 'application/x-pmb-scenario+json',
      role: 'Editor',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons',
    maintainer: 'Pakistan Minerals Briefing team <briefing@example.invalid>',
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'] },
  win: { target: ['nsis', 'portable'], icon: 'build/icons/icon.png' },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true, perMachine: false },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.business',
    icon: 'build/icons/icon.png',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  dmg: { sign: false },
};
