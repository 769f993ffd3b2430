export const bootstrap = () => 'api';
