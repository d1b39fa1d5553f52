#!/usr/bin/env node
// The published command runs the compiled CLI; `npm install` builds it (the `prepare` script).
import '../dist/main.js'
