// The library from source, as the one-script-tag build: every tag defined on import.
import '../../../src/standalone.js';
