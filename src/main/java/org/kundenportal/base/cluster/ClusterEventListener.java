package org.kundenportal.base.cluster;

/** Applies to this node's memory what another node changed (see {@link ClusterEvents}). */
public interface ClusterEventListener {

    void onClusterEvent(ClusterEvent event);
}
