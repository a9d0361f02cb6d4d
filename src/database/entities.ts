import { UserEntity } from '../users/user.entity';

/** Every entity of the application; the data source and the schema-drift test both use this list. */
export const ENTITIES = [UserEntity];
