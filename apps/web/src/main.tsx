import { render } from 'solid-js/web';
import { App } from './app.tsx';
import { applyDocumentLocale } from './i18n/locale.ts';
import './styles.css';

applyDocumentLocale();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
render(() => <App />, root);
