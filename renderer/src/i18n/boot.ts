/**
 * Imported first by main.tsx: the pseudo-locale must rewrite the catalogue before any other
 * module reads a string from it at load time (the sidebar's section labels, for one).
 */
import { enablePseudoLocale, wantsPseudoLocale } from './index';

if (wantsPseudoLocale()) enablePseudoLocale();
