import { loadConfig } from '../config/app-config';
import { createDataSource } from './data-source';

/** For the TypeORM CLI (`npm run migration:generate`): the same definition as the app's. */
export default createDataSource(loadConfig().database);
