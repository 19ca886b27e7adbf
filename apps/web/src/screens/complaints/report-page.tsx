export { ReportPage as default } from './intake-page.tsx';
