import { render } from 'preact';
import '../ui/style.css';
import { Options } from './Options.tsx';

render(<Options />, document.getElementById('app')!);
