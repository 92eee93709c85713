import { render } from 'preact';
// The page's frame and colours first: each component's own sheet, imported beside it, refines it.
import './page.css';
import { App } from './App.tsx';

document.body.textContent = '';
render(<App />, document.body);
