export { TrackLookup as default } from './track-page.tsx';
