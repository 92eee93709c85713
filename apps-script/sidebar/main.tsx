import { render } from 'preact';
// The shared look first: each component's own sheet, imported beside it, comes after and refines it.
import './styles.css';
import { App } from './App.tsx';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App initialView={window.SECOR_VIEW} />, root);
}
