declare const __BATON_VERSION__: string;
