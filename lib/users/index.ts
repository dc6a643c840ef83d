export { createUser, newUserSchema, type NewUser } from "./create-user";
export { inviteUser, inviteUserSchema } from "./invite-user";
export { acceptInvitation, acceptInvitationSchema, pendingInvitation } from "./accept-invitation";
export { changeRole, changeRoleSchema, setUserActive, setUserActiveSchema } from "./manage-user";
