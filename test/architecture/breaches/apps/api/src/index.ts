export const createApi = () => 'api';
