export * from './lib/tracks.module';
export * from './lib/tracks.service';
export * from './lib/tracks.dto';
