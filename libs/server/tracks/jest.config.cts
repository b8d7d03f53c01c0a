module.exports = {
  displayName: 'server-tracks',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  // Each spec file starts the real app over its own database; give slow machines room.
  testTimeout: 30_000,
  coverageDirectory: '../../../coverage/libs/server/tracks'
};
