export * from './lib/tracks.module';
