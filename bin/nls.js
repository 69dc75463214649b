#!/usr/bin/env node
import '../build/bundle/cli.js';
