import { mount } from 'svelte';
import Shell from './app/Shell.svelte';
import './app/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');
export default mount(Shell, { target });
