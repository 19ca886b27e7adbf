export { HotlinePage as default } from './intake-page.tsx';
