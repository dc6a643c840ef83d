export { createUser, newUserSchema, type NewUser } from "./create-user";
