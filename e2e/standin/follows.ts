import type { entities } from 'misskey-js';
import { ApiError, E } from './errors';
import type { UserRec } from './state';
import type { World } from './world';

// Following with the main-stream events and notifications recorded in streaming/channel-main-events.json.

function establish(w: World, follower: UserRec, followee: UserRec): void {
  w.state.follows.get(follower.id)!.add(followee.id);
  // The follower: followRequestAccepted notification, then `follow` with the detailed followee.
  w.notifications.create(follower.id, 'followRequestAccepted', { notifierId: followee.id, message: null });
  w.bus.main(follower.id, 'follow', { ...w.packer.userFor(followee, follower.id), followedMessage: null });
  // The followee: `followed` with the follower's UserLite, then a follow notification.
  w.bus.main(followee.id, 'followed', w.packer.userLite(follower));
  w.notifications.create(followee.id, 'follow', { notifierId: follower.id });
}

/** following/create: returns the followee's UserLite; a locked followee gets a follow request. */
export function follow(w: World, follower: UserRec, followee: UserRec): entities.UserLite {
  if (follower.id === followee.id) throw new ApiError(E.FOLLOWEE_IS_YOURSELF);
  if (w.state.isFollowing(follower.id, followee.id)) throw new ApiError(E.ALREADY_FOLLOWING);
  if (followee.isLocked && !w.state.isFollowing(followee.id, follower.id)) {
    let pending = w.state.followRequests.get(followee.id);
    if (!pending) {
      pending = new Set();
      w.state.followRequests.set(followee.id, pending);
    }
    if (!pending.has(follower.id)) {
      pending.add(follower.id);
      w.bus.main(followee.id, 'receiveFollowRequest', w.packer.userLite(follower));
      w.notifications.create(followee.id, 'receiveFollowRequest', { notifierId: follower.id });
      w.bus.main(followee.id, 'meUpdated', w.packer.meDetailed(followee));
    }
  } else {
    establish(w, follower, followee);
  }
  return w.packer.userLite(followee);
}

export function acceptFollowRequest(w: World, followee: UserRec, follower: UserRec): void {
  const pending = w.state.followRequests.get(followee.id);
  if (!pending?.has(follower.id)) throw new ApiError(E.NO_FOLLOW_REQUEST);
  pending.delete(follower.id);
  // receiveFollowRequest notifications disappear once accepted (notifications/README).
  w.notifications.remove(followee.id, (n) => n.type === 'receiveFollowRequest' && n.notifierId === follower.id);
  establish(w, follower, followee);
  w.bus.main(followee.id, 'meUpdated', w.packer.meDetailed(followee));
}

export function unfollow(w: World, follower: UserRec, followee: UserRec): entities.UserLite {
  if (follower.id === followee.id) throw new ApiError(E.FOLLOWEE_IS_YOURSELF_UNFOLLOW);
  if (!w.state.isFollowing(follower.id, followee.id)) throw new ApiError(E.NOT_FOLLOWING);
  w.state.follows.get(follower.id)!.delete(followee.id);
  w.bus.main(follower.id, 'unfollow', w.packer.userFor(followee, follower.id));
  return w.packer.userLite(followee);
}
