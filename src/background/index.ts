import { registerListeners } from './listeners';

registerListeners();
