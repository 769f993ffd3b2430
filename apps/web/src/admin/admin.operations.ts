/** The GraphQL documents the Admin's pages send. */

export const AREAS = `query Areas { areas { id name postcodeDistricts } }`;
export interface Areas {
  areas: { id: string; name: string; postcodeDistricts: string[] }[];
}

export const CREATE_AREA = `mutation CreateArea($input: CreateAreaInput!) {
  createArea(input: $input) { id name postcodeDistricts }
}`;
export interface CreateArea {
  createArea: { id: string; name: string; postcodeDistricts: string[] };
}

export const INVITE_USER = `mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) { id email role expiresAt }
}`;
export interface InviteUser {
  inviteUser: { id: string; email: string; role: string; expiresAt: string };
}

export const REQUIREMENTS = `query Requirements {
  requirements { code title validityMonths mandatory }
}`;
export interface Requirements {
  requirements: { code: string; title: string; validityMonths: number | null; mandatory: boolean }[];
}

export const SET_REQUIREMENT_OVERRIDE = `mutation SetRequirementOverride($input: SetRequirementOverrideInput!) {
  setRequirementOverride(input: $input) { areaId code validityMonths reminderOffsetsDays }
}`;
export interface SetRequirementOverride {
  setRequirementOverride: {
    areaId: string;
    code: string;
    validityMonths: number | null;
    reminderOffsetsDays: number[] | null;
  };
}
