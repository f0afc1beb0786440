import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Options } from '../../components/Options';
import { connectPolicyStore } from '../../lib/policy/store';
import './options.css';

connectPolicyStore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
