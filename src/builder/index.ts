import '../index.js';
import { define } from '../ui/define.js';
import { PolicyBuilder } from './policy-builder.js';

define('policy-builder', PolicyBuilder);

export { PolicyBuilder };
