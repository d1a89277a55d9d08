export * from './model/entities';
export * from './model/boardFile';
export * from './model/formatZodError';
export * from './meeting/meetingEvents';
export * from './analysis/analysisTypes';
