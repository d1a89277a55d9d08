import { MemoryStorage } from './MemoryStorage';
import { describeStorageContract } from './storageContract';

describeStorageContract('memory', async () => new MemoryStorage());
