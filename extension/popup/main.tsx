import { render } from 'preact';
import '../ui/style.css';
import { Popup } from './Popup.tsx';

const params = new URLSearchParams(location.search);
render(<Popup tabParam={params.get('tab')} link={params.get('link')} />, document.getElementById('app')!);
