/// <reference types="chrome" />
/// <reference types="vite/client" />
