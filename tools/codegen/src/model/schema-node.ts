// The schema IR lives in runtime/ because the packages ship it as data (runtime/explain.ts walks
// it); the generator builds it (read-schema.ts) and every emitter reads it.
export type * from "@commerce-errors/runtime";
