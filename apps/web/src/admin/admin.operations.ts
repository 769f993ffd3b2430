/** The GraphQL documents the Admin's pages send. */
import { graphql } from '../generated';
import type {
  AreasQuery,
  CreateAreaMutation,
  InviteUserMutation,
  RequirementsQuery,
  SetRequirementOverrideMutation,
} from '../generated/graphql';

export const AREAS = graphql(`
  query Areas {
    areas {
      id
      name
      postcodeDistricts
    }
  }
`);
export type Areas = AreasQuery;

export const CREATE_AREA = graphql(`
  mutation CreateArea($input: CreateAreaInput!) {
    createArea(input: $input) {
      id
      name
      postcodeDistricts
    }
  }
`);
export type CreateArea = CreateAreaMutation;

export const INVITE_USER = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      role
      expiresAt
    }
  }
`);
export type InviteUser = InviteUserMutation;

export const REQUIREMENTS = graphql(`
  query Requirements {
    requirements {
      code
      title
      validityMonths
      mandatory
    }
  }
`);
export type Requirements = RequirementsQuery;

export const SET_REQUIREMENT_OVERRIDE = graphql(`
  mutation SetRequirementOverride($input: SetRequirementOverrideInput!) {
    setRequirementOverride(input: $input) {
      areaId
      code
      validityMonths
      reminderOffsetsDays
    }
  }
`);
export type SetRequirementOverride = SetRequirementOverrideMutation;

export const CATALYSTS_AND_INVITATIONS = graphql(`
  query CatalystsAndInvitations {
    catalysts {
      id
      displayName
      email
      areas {
        id
        name
      }
    }
    staffInvitations {
      id
      email
      role
      sentAt
      expiresAt
      expired
      areas {
        id
        name
      }
    }
  }
`);

export const RESEND_STAFF_INVITATION = graphql(`
  mutation ResendStaffInvitation($id: ID!) {
    resendStaffInvitation(id: $id) {
      id
      email
      expiresAt
    }
  }
`);

export const REVOKE_STAFF_INVITATION = graphql(`
  mutation RevokeStaffInvitation($id: ID!) {
    revokeStaffInvitation(id: $id)
  }
`);

export const AREA_RULES = graphql(`
  query AreaRules($areaId: ID!) {
    areas {
      id
      name
      postcodeDistricts
    }
    requirements {
      code
      title
      validityMonths
      mandatory
    }
    requirementOverrides(areaId: $areaId) {
      code
      validityMonths
      reminderOffsetsDays
    }
  }
`);
