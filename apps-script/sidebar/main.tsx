import { render } from 'preact';
import { App } from './App.tsx';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App initialView={window.SECOR_VIEW} />, root);
}
